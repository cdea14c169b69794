"""The slots that hold the stay's dates, named once for every module that reads them."""

STAY_DATE_SLOTS = ("start_date", "end_date")
