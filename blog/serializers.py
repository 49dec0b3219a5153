from rest_framework import serializers

from blog.models.authors import Author


class AuthorSerializer(serializers.ModelSerializer):
    """An author as the public API shows them: no photo file paths, no admin fields."""

    class Meta:
        model = Author
        fields = ["name", "role", "credentials", "bio"]
        read_only_fields = fields
