"""``python -m kzgraph``: the same command line as the ``kzgraph`` script."""

from kzgraph.cli import main

if __name__ == "__main__":
    main()
