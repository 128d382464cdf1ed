package org.sightline.server.auth;

import java.io.PrintStream;

/**
 * Tells the operator, once, on the console (not the log files), the first admin's generated
 * password and how to log in, at the port the server listens on. The password exists nowhere else
 * in clear.
 */
public final class FirstAdminNotice {
  private FirstAdminNotice() {}

  /**
   * @param baseUrl where the API's HTTP connector answers, like {@code http://localhost:18080}
   */
  public static void print(String password, String baseUrl) {
    print(System.out, password, baseUrl);
  }

  static void print(PrintStream out, String password, String baseUrl) {
    String line = "=".repeat(78);
    out.println(line);
    out.println("Sightline created its first administrator. This password is shown only now:");
    out.println();
    out.println("  username: " + UserAccounts.FIRST_ADMIN);
    out.println("  password: " + password);
    out.println();
    out.println("Log in (the answer holds a bearer token for 'Authorization: Bearer <token>'):");
    out.println(
        "  curl -s -X POST " + baseUrl + "/api/auth/login -H 'Content-Type: application/json' \\");
    out.println("       -d '{\"username\": \"admin\", \"password\": \"<the password above>\"}'");
    out.println(
        "The README's examples read it from ADMIN_PASSWORD: read -rs ADMIN_PASSWORD, then paste it.");
    out.println(
        "Then change it:  POST /api/auth/password  {\"currentPassword\": ..., \"newPassword\": ...}");
    out.println("Lost it? scripts/sightline user reset-password --username admin");
    out.println("More users: scripts/sightline user create --username NAME --role analyst");
    out.println(line);
    out.flush();
  }
}
