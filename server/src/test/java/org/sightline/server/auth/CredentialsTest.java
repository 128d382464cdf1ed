package org.sightline.server.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Password hashing, the password policy and bearer token strings. */
class CredentialsTest {
  private static final PasswordHasher HASHER = new PasswordHasher();

  @Test
  void passwordsAreHashedWithArgon2idAndAFreshSalt() {
    String first = HASHER.hash("a long enough passphrase");
    String second = HASHER.hash("a long enough passphrase");
    assertThat(first).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").doesNotContain("passphrase");
    assertThat(first).isNotEqualTo(second);
    assertThat(HASHER.matches("a long enough passphrase", first)).isTrue();
    assertThat(HASHER.matches("a long enough passphrase", second)).isTrue();
    assertThat(HASHER.matches("a long enough passphrasE", first)).isFalse();
    assertThat(HASHER.matches("a long enough passphrase", null)).isFalse();
  }

  @Test
  void thePolicyExplainsWhatIsWrongWithoutEchoingThePassword() {
    assertThatThrownBy(() -> PasswordPolicy.check("alice", "short1"))
        .hasMessage("password must have at least 12 characters, it has 6");
    assertThatThrownBy(() -> PasswordPolicy.check("alice", "aaaaaaaaaaaaaaaa"))
        .hasMessage("password must use at least 4 different characters");
    assertThatThrownBy(() -> PasswordPolicy.check("alice", "my name is ALICE ok"))
        .hasMessage("password must not contain the username");
    assertThatThrownBy(() -> PasswordPolicy.check("alice", "x".repeat(257)))
        .hasMessageContaining("at most 256");
    PasswordPolicy.check("alice", "요덕 수용소 기록 2024 보관");
  }

  @Test
  void tokensAreRandomWellFormedAndStoredOnlyAsHashes() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      String token = BearerTokens.generate();
      assertThat(BearerTokens.wellFormed(token)).isTrue();
      assertThat(seen.add(token)).isTrue();
    }
    String token = BearerTokens.generate();
    assertThat(BearerTokens.sha256Hex(token)).matches("[0-9a-f]{64}").isNotEqualTo(token);
    assertThat(BearerTokens.shownPrefix(token)).hasSize(10).startsWith("slt_");
    assertThat(BearerTokens.wellFormed("slt_short")).isFalse();
    assertThat(BearerTokens.wellFormed("xyz_" + token.substring(4))).isFalse();
    assertThat(BearerTokens.wellFormed(token.substring(0, 46) + "!")).isFalse();
    assertThat(BearerTokens.wellFormed(null)).isFalse();
  }

  @Test
  void rolesParseFromTheirCodesOnly() {
    assertThat(Role.fromCode("investigator")).isEqualTo(Role.INVESTIGATOR);
    assertThatThrownBy(() -> Role.fromCode("Investigator"))
        .hasMessage(
            "unknown role 'Investigator'; roles are admin, analyst, investigator, advocate");
  }
}
