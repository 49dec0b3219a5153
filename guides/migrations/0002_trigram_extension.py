"""pg_trgm powers "Did you mean …?" for misspelt medicine names. A no-op on other databases."""

from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("guides", "0001_initial")]

    operations = [TrigramExtension()]
