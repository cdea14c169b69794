"""Short-term daily rates pay physical days ("5-30 physical days", reference "Short-term student mobility"):
calendar days, not the 30/360 count of monthly amounts, and none past the 30th (a 43-day stay was shown as
"2,002 EUR for 43 funded days" with tiers for 30). On both sides of the 31st, February and the last tier."""
from __future__ import annotations

import pytest

from .helpers import ITM_STUDENT, ev

DOCTORAL = {**ITM_STUDENT, "role": "phd_student", "activity": "short_term_doctoral", "destination": "FR",
            "destination_city": "Montpellier", "receiving_org": "hei", "itm_staff_member": False}


@pytest.mark.parametrize(("start", "end", "days", "total"), [
    ("2026-05-04", "2026-05-13", 10, 790),          # 30-day month: both counts agree
    ("2026-03-25", "2026-04-07", 14, 14 * 79),      # across 31 March: 14 physical days (30/360 says 13)
    ("2026-02-20", "2026-03-05", 14, 14 * 79),      # across February: 14 (30/360 says 16)
    ("2026-03-01", "2026-03-30", 30, 14 * 79 + 16 * 56),
    ("2026-03-01", "2026-03-31", 30, 14 * 79 + 16 * 56),  # 31 physical days: the 31st is not paid
    ("2026-04-01", "2026-05-13", 30, 14 * 79 + 16 * 56),  # 43 days: 30 funded (and the stay fails the limit)
])
def test_daily_rates_pay_physical_days_up_to_the_last_tier(start, end, days, total):
    grant = ev(DOCTORAL, start_date=start, end_date=end)["grant"]
    assert grant["days"] == days
    assert grant["indicative_total_eur"] == total


def test_monthly_amounts_keep_the_30_day_count():
    lucca = {"call": "imt-lucca-2015", "as_of": "2016-01-10", "role": "phd_student", "activity": "study",
             "destination": "FR", "citizenship": ["IT"], "receiving_org": "hei", "prior_erasmus_months": 0,
             "start_date": "2016-03-02", "end_date": "2016-04-30"}
    grant = ev(lucca)["grant"]
    assert grant["days"] == 59 and grant["calendar_days"] == 60
