# Django's Ukrainian format pads the day ("05 березня 2026 р."); Ukrainian style does not.
DATE_FORMAT = "j E Y р."
DATETIME_FORMAT = "j E Y р. H:i"
