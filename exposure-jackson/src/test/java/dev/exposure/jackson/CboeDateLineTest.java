package dev.exposure.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The date-line forms of SPEC §7 and of the real files, each converted to UTC by hand (EST = UTC−5, EDT = UTC−4,
 * GMT-5 = UTC−5; "ET" takes the New York offset of its date).
 */
class CboeDateLineTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        // SPEC §7's list, quoted as the files write them, then each with the rest of its line
        "\"Date: February 5 2022, 8:09 PM EST\"                  | 2022-02-06T01:09:00Z",
        "\"Date: January 9, 2022, 3:11 AM EST\"                  | 2022-01-09T08:11:00Z",
        "\"Date: February 7, 2023 at 5:34 PM EST\"               | 2023-02-07T22:34:00Z",
        "Date: 9 June 2023, 1:40 PM EDT                        | 2023-06-09T17:40:00Z",
        "May 13 2019 @ 04:47 ET                                | 2019-05-13T08:47:00Z",
        "Date: 9 декабря 2023 г. в 13:49 GMT-5                 | 2023-12-09T18:49:00Z",
        "\"Date: 11 de noviembre de 2024, 8:02 GMT-5\"           | 2024-11-11T13:02:00Z",
        "\"Date: February 5 2022, 8:09 PM EST\",Bid: 4420.5,Ask: 4615.4302,Size: 1*1,Volume: 0 | 2022-02-06T01:09:00Z",
        "Date: 12 June 2023, 4:35 PM EDT,Bid: 358.26,Ask: 358.28,Size: 5*12,Volume: 23,342,321 | 2023-06-12T20:35:00Z",
        "Mar 22 2020 @ 18:24 ET,Bid,2243.68,Ask,2677.6,Size,1x1,Vol,  | 2020-03-22T22:24:00Z",
        "Jan 10 2020 @ 18:24 ET,Bid,2243.68                    | 2020-01-10T23:24:00Z",
        "\"Date: January 6, 2025 at 9:30 PM EST\",Bid: 150.28,\"Volume: 265,377,359\" | 2025-01-07T02:30:00Z",
        // 12-hour clock edges, seconds, other offsets, letter case
        "\"Date: March 1, 2024 at 12:00 AM EST\"                 | 2024-03-01T05:00:00Z",
        "\"Date: March 1, 2024 at 12:30 PM EST\"                 | 2024-03-01T17:30:00Z",
        "\"date: MARCH 1, 2024 at 1:02:03 pm est\"               | 2024-03-01T18:02:03Z",
        "\"Date: 1 March 2024, 9:00 GMT+05:30\"                  | 2024-03-01T03:30:00Z",
        "\"Date: 1 March 2024, 9:00 UTC\"                        | 2024-03-01T09:00:00Z",
        "\"Date: Sept 3, 2024, 9:00 AM EDT\"                     | 2024-09-03T13:00:00Z",
        "\"Date: 3 сентября 2024 г. в 9:00 GMT-4\"               | 2024-09-03T13:00:00Z",
        // the hour repeated when clocks go back (2023-11-05 01:30 happens at 05:30Z and 06:30Z): the label decides
        "\"Date: November 5, 2023 at 1:30 AM EDT\"               | 2023-11-05T05:30:00Z",
        "\"Date: November 5, 2023 at 1:30 AM EST\"               | 2023-11-05T06:30:00Z",
    })
    void parse_everyForm_givesTheHandConvertedInstant(String line, String expected) {
        assertThat(CboeDateLine.parse(line)).isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        "Date: 4 June 4, 3:15 PM EDT,Bid: 427.96                | two day numbers (4 and 4) and no year",
        "\"Date: February 5 2022, 8:09 PM\"                      | no time zone",
        "\"Date: February 2022, 8:09 PM EST\"                    | no day of the month",
        "\"Date: 5 2022, 8:09 PM EST\"                           | no month name",
        "\"Date: February 5 2022 EST\"                           | no time of day",
        "\"Date: February 30 2022, 8:09 PM EST\"                 | no such date: Invalid date 'FEBRUARY 30'",
        "\"Date: February 5 2022, 13:09 PM EST\"                 | hour 13 with PM",
        "\"Date: February 5 2022, 8:60 PM EST\"                  | '8:60' is not a time of day",
        "\"Date: February 5 2022, 8:09 PM CST\"                  | unexpected word 'CST'",
        "\"Date: Febrero 5 2022 January, 8:09 PM EST\"           | two month names",
        "\"Date: February 5 2022, 8:09 PM GMT+99\"               | '+99' is not a UTC offset such as -5 or +05:30",
        "\"Date: February 5 2022, 8:09 PM EST tomorrow\"         | unexpected text after the time zone",
        "\"Date: February 5 20222, 8:09 PM EST\"                 | unexpected number 20222",
        "Expiration Date,Calls,Last Sale                       | unexpected word 'Expiration'",
    })
    void parse_unreadableLine_saysWhatIsWrong(String line, String reason) {
        assertThatThrownBy(() -> CboeDateLine.parse(line))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(reason);
    }

    @Test
    void text_givesTheDatePartForMessages() {
        assertThat(CboeDateLine.text("\"Date: February 5 2022, 8:09 PM EST\",Bid: 4420.5"))
                .isEqualTo("Date: February 5 2022, 8:09 PM EST");
        assertThat(CboeDateLine.text("Date: 4 June 4, 3:15 PM EDT,Bid: 427.96,Ask: 428.03"))
                .isEqualTo("Date: 4 June 4, 3:15 PM EDT");
    }
}
