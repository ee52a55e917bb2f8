"""Which page to show for the query string's `page`, and the numbers the component shows."""

import pytest

from cairn.lib.pagination import page_numbers, requested_page


@pytest.mark.parametrize(
    ("text", "last", "page", "message"),
    [
        (None, 3, 1, ""),
        ("", 3, 1, ""),
        ("2", 3, 2, ""),
        (" 3 ", 3, 3, ""),
        ("9", 3, 3, "There is no page 9. There are 3 pages: showing the last."),
        ("2", 1, 1, "There is no page 2. There is 1 page: showing the last."),
        ("0", 3, 1, "Pages start at 1: showing the first page."),
        ("-4", 3, 1, "Pages start at 1: showing the first page."),
        ("two", 3, 1, "The page number must be a number, like 2: showing the first page."),
        ("1e9", 3, 1, "The page number must be a number, like 2: showing the first page."),
        ("9" * 5000, 3, 3, "There is no such page. There are 3 pages: showing the last."),
        ("٣", 3, 3, ""),  # an Arabic-Indic three is a number to Python
    ],
)  # fmt: skip
def test_the_page_asked_for_or_the_nearest_with_a_message(text, last, page, message):
    assert requested_page(text, last) == (page, message)


@pytest.mark.parametrize(
    ("current", "last", "numbers"),
    [
        (1, 1, [1]),
        (1, 3, [1, 2, 3]),
        (5, 20, [1, None, 4, 5, 6, None, 20]),
        (1, 20, [1, 2, None, 20]),
        (20, 20, [1, None, 19, 20]),
        (3, 5, [1, 2, 3, 4, 5]),
    ],
)
def test_page_numbers_show_the_ends_and_the_neighbours(current, last, numbers):
    assert page_numbers(current, last) == numbers
