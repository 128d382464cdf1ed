package org.sightline.geodata.time;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** ACLED's time_precision and UCDP GED's date_prec from the span's width. */
class PrecisionCodesTest {
  @ParameterizedTest(name = "{0}: ACLED {1}, UCDP {2}")
  @CsvSource({
    "1997-12-03, 1, 1",
    "1997-12-03%, 1, 1",
    "1997-12-03/1997-12-04, 2, 2",
    "1997-12-01/1997-12-06, 2, 2",
    "1997-12-01/1997-12-07, 2, 3",
    "1997-12-01/1997-12-08, 3, 4",
    "1997-01-01/1997-01-10, 3, 4",
    "1997-02, 3, 4",
    "1997-12, 3, 4",
    "1997-12-XX, 3, 4",
    "1997-12/1998-01, 3, 5",
    "1997-24, 3, 5",
    "1997, 3, 5",
    "199X, 3, 5",
    "19XX, 3, 5",
    "../1998, 3, 5",
    "1996/, 3, 5",
    "/, 3, 5"
  })
  void theCodeFollowsTheWidthAndTheCoarsestCodeTakesTheRest(String edtf, int acled, int ucdp) {
    UncertainTime time = Edtf.parse(edtf);
    assertThat(PrecisionCodes.acledTimePrecision(time)).isEqualTo(acled);
    assertThat(PrecisionCodes.ucdpDatePrec(time)).isEqualTo(ucdp);
  }
}
