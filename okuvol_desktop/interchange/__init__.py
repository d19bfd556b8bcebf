"""Files of other time trackers and okuvol's own exchange formats, read and written.

Readers stream a file into `ImportedRow`s (or the reason a line is wrong); they know nothing
of the database. Writers turn entries into okuvol-csv, okuvol-json and iCalendar.
"""
