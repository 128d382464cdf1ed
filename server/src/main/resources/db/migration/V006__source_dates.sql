-- Citations carry the date the cited copy was retrieved (the access date), when known.
ALTER TABLE source ADD COLUMN retrieved_on date;
