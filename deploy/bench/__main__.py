import sys

from deploy.bench.cli import main

sys.exit(main())
