#!/usr/bin/env python
from cairn.__main__ import main

if __name__ == "__main__":
    main()
