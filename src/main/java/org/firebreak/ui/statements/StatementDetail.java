package org.firebreak.ui.statements;

import java.util.List;
import java.util.Set;
import org.firebreak.statements.PlatformVariant;
import org.firebreak.statements.Statement;
import org.firebreak.statements.StatementAction;
import org.firebreak.statements.StatementVersion;

/** Everything the tab shows about the selected statement, loaded in one background call. */
public record StatementDetail(
    Statement statement,
    List<StatementVersion> versions,
    List<PlatformVariant> variants,
    Set<StatementAction> allowed) {}
