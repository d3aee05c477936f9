package org.firebreak.demo;

import java.util.List;
import java.util.Random;

/** Invented handles for demo authors, Indonesian and English. */
final class DemoPeople {
  private static final List<String> ID_NAMES =
      List.of(
          "budi", "sari", "agus", "dewi", "eko", "fitri", "hendra", "indah", "joko", "kartika",
          "lina", "made", "nur", "putu", "rizky", "siti", "tono", "wulan", "yudi", "zahra");
  private static final List<String> EN_NAMES =
      List.of(
          "alex", "brooke", "casey", "dana", "eli", "fran", "gabe", "harper", "ivy", "jordan",
          "kim", "logan", "morgan", "noel", "owen", "paige", "quinn", "riley", "sam", "taylor");

  private DemoPeople() {}

  static String handle(Random random, String language) {
    List<String> names = "id".equals(language) ? ID_NAMES : EN_NAMES;
    return "@" + names.get(random.nextInt(names.size())) + "_" + (10 + random.nextInt(990));
  }
}
