package org.sightline.server.resources.features;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sightline.server.errors.DomainException;
import org.sightline.server.errors.DomainExceptionMapper;

class ItemsQueryTest {

  private static MultivaluedMap<String, String> params(String... keyValues) {
    MultivaluedMap<String, String> map = new MultivaluedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      map.add(keyValues[i], keyValues[i + 1]);
    }
    return map;
  }

  private static String messageOf(MultivaluedMap<String, String> params) {
    try {
      ItemsQuery.parse(params);
    } catch (DomainException e) {
      assertThat(DomainExceptionMapper.httpStatus(e.kind())).isEqualTo(400);
      return e.getMessage();
    }
    throw new AssertionError("expected a 400 for " + params);
  }

  @Test
  void defaultsWhenNothingIsGiven() {
    ItemsQuery query = ItemsQuery.parse(params());
    assertThat(query.limit()).isEqualTo(ItemsQuery.DEFAULT_LIMIT);
    assertThat(query.bbox()).isNull();
    assertThat(query.afterId()).isNull();
  }

  @Test
  void cursorRoundTripsTheLastId() {
    String cursor = ItemsQuery.encodeCursor("kwanliso-15-yodok");
    assertThat(ItemsQuery.parse(params("cursor", cursor)).afterId()).isEqualTo("kwanliso-15-yodok");
  }

  @Test
  void cursorThatDecodesToSomethingElseIsRejected() {
    String sqlInCursor = Base64.getUrlEncoder().encodeToString("x' OR 1=1 --".getBytes(UTF_8));
    assertThat(messageOf(params("cursor", sqlInCursor)))
        .startsWith("cursor '")
        .contains("is not valid");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2019-06-01T00:00:00Z",
        "2019-06-01T00:00:00+09:00",
        "2019-01-01T00:00:00Z/2020-01-01T00:00:00Z",
        "../2020-01-01T00:00:00Z",
        "2019-01-01T00:00:00Z/..",
        "/2020-01-01T00:00:00Z",
        "2019-06-01t00:00:00z"
      })
  void validDatetimesAreAccepted(String datetime) {
    assertThat(ItemsQuery.parse(params("datetime", datetime)).datetime()).isEqualTo(datetime);
  }

  @Test
  void reversedIntervalIsRejected() {
    assertThat(messageOf(params("datetime", "2020-01-01T00:00:00Z/2019-01-01T00:00:00Z")))
        .isEqualTo(
            "datetime interval '2020-01-01T00:00:00Z/2019-01-01T00:00:00Z' ends before it starts");
  }

  @Test
  void intervalOpenAtBothEndsIsRejected() {
    assertThat(messageOf(params("datetime", "../..")))
        .isEqualTo("datetime interval '../..' is open at both ends");
  }

  @Test
  void hugeLimitIsClampedNotRejected() {
    assertThat(ItemsQuery.parse(params("limit", "99999999999")).limit())
        .isEqualTo(ItemsQuery.MAX_LIMIT);
  }
}
