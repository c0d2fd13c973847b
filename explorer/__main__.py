import sys


def _main() -> int:
    # The frozen app starts itself again as the reader worker (see core/reading/isolation.py).
    if len(sys.argv) > 1 and sys.argv[1] == "--survey-explorer-reader-worker":
        from explorer.core.reading.isolation import serve

        serve()
        return 0
    from explorer.cli import main

    return main()


if __name__ == "__main__":
    sys.exit(_main())
