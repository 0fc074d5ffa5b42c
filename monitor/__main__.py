"""`python -m monitor` runs the same CLI as the `monitor` console script."""

from monitor.cli import main

main()
