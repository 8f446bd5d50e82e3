"""`python -m sopstudio` runs the command line."""

import sys

from sopstudio.cli import main

sys.exit(main())
