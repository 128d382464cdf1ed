/**
 * Backups and restores of a whole instance: the database through {@code pg_dump} (custom format),
 * the evidence files as they are stored, and a manifest of SHA-256 hashes ({@link
 * org.sightline.server.backup.BackupWriter}, {@link org.sightline.server.backup.BackupRestorer}).
 * The sealing keyset is never part of a backup unless asked for explicitly. See docs/BACKUP.md.
 */
package org.sightline.server.backup;
