-- Public exports' files (issue 15): generated once, when a second advocate approves the export,
-- under the redaction policy active then, and kept in the database (backed up with it) so that a
-- download is always the very bytes the manifest describes. Never changed, never deleted: a
-- withdrawn export's files stay here for the record but are no longer served.
--
-- Distribution key (the Citus path): export_id, co-located with public_export.
CREATE TABLE public_export_file (
  export_id   bigint NOT NULL REFERENCES public_export (id),
  name        text NOT NULL CHECK (name ~ '^[a-z0-9][a-z0-9._-]{0,99}$'),
  media_type  text NOT NULL CHECK (btrim(media_type) <> ''),
  bytes       bytea NOT NULL,
  sha256      text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  size_bytes  bigint NOT NULL CHECK (size_bytes >= 0),
  ordinal     integer NOT NULL CHECK (ordinal >= 0),
  PRIMARY KEY (export_id, name),
  CHECK (size_bytes = octet_length(bytes)),
  CHECK (sha256 = encode(sha256(bytes), 'hex'))
);

-- A withdrawal says why, and only a withdrawn export has a withdrawal.
ALTER TABLE public_export ADD CONSTRAINT public_export_withdrawal_reason
  CHECK (withdrawal_reason IS NULL OR (btrim(withdrawal_reason) <> '' AND length(withdrawal_reason) <= 2000));
ALTER TABLE public_export ADD CONSTRAINT public_export_withdrawn_state
  CHECK ((state = 'withdrawn') = (withdrawn_at IS NOT NULL));

CREATE TRIGGER public_export_file_audit AFTER INSERT OR UPDATE ON public_export_file
  FOR EACH ROW EXECUTE FUNCTION audit_row_change('export_id,name', 'bytes');
CREATE TRIGGER public_export_file_no_change BEFORE UPDATE OR DELETE ON public_export_file
  FOR EACH ROW EXECUTE FUNCTION refuse_change();

GRANT SELECT, INSERT ON public_export_file TO sightline_app;
