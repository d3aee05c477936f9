package org.firebreak.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.firebreak.incident.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class StatementTemplatesTest {

  private static final TemplateVariables VARS =
      new TemplateVariables(
          "Panci Jaya",
          "The oven recall delay",
          "https://help.pancijaya.example/recall",
          "Budi Santoso, Head of Social",
          "15:00 WIB");

  private static final Set<ToneCategory> NEVER =
      EnumSet.of(ToneCategory.DEFENSIVE, ToneCategory.NON_APOLOGY, ToneCategory.BLAME);

  private final ToneCheck tone = new ToneCheck();

  @ParameterizedTest
  @EnumSource(StatementKind.class)
  void everyFilledTemplatePassesTheToneCheckInBothLanguages(StatementKind kind) {
    for (String lang : ToneCheck.LANGUAGES) {
      String text = StatementTemplates.fill(kind, lang, VARS);
      assertThat(text).doesNotContain("{").contains("Panci Jaya", "15:00 WIB");
      ToneReport r = tone.check(text, lang, Platform.X);
      assertThat(r.findings()).noneMatch(f -> NEVER.contains(f.category()));
      // written to fit X, where crises usually begin, with everything the playbook asks for
      assertThat(r.findings()).as(kind + " " + lang).isEmpty();
    }
  }

  @Test
  void missingVariablesStayVisible() {
    String text =
        StatementTemplates.fill(
            StatementKind.HOLDING, "en", new TemplateVariables("Brand", null, " ", null, null));
    assertThat(text).contains("Brand", "{issue}", "{hub_url}", "{next_update}");
    assertThat(StatementTemplates.raw(StatementKind.APOLOGY, "id")).contains("{spokesperson}");
  }
}
