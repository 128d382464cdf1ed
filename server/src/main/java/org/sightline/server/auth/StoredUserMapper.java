package org.sightline.server.auth;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.Set;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.sightline.server.db.Columns;

/** Maps {@link UserDao#COLUMNS} to {@link StoredUser}. */
public final class StoredUserMapper implements RowMapper<StoredUser> {
  @Override
  public StoredUser map(ResultSet rs, StatementContext ctx) throws SQLException {
    return new StoredUser(
        rs.getLong("id"),
        rs.getString("username"),
        rs.getString("display_name"),
        rs.getString("password_hash"),
        roles(rs),
        Columns.instant(rs, "created_at"),
        rs.getString("created_by"),
        Columns.instant(rs, "password_changed_at"),
        rs.getInt("version"),
        Columns.instant(rs, "deactivated_at"),
        rs.getString("deactivated_by"),
        rs.getString("deactivation_reason"));
  }

  static Set<Role> roles(ResultSet rs) throws SQLException {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (String code : (String[]) rs.getArray("roles").getArray()) {
      roles.add(Role.fromCode(code));
    }
    return roles;
  }
}
