package com.stagewise.web.share;

import com.stagewise.domain.stage.RedFlag;
import com.stagewise.domain.stage.Stage;
import java.util.ArrayList;
import java.util.List;

/** The red flags for a stage, grouped by what to do, the most urgent group first. */
public final class RedFlagGroups {

    private RedFlagGroups() {
    }

    public record Flag(String code, String messageKey) {
    }

    public record Group(String headingKey, boolean emergency, List<Flag> flags) {
    }

    public static List<Group> forStage(Stage stage) {
        RedFlag.Phase phase = RedFlag.Phase.of(stage);
        List<Group> groups = new ArrayList<>();
        for (RedFlag.Urgency urgency : RedFlag.Urgency.values()) {
            List<Flag> flags = new ArrayList<>();
            for (RedFlag flag : RedFlag.values()) {
                if (flag.belongsTo(phase) && flag.urgencyIn(phase) == urgency) {
                    flags.add(new Flag(flag.name(), flag.messageKey(phase)));
                }
            }
            if (!flags.isEmpty()) {
                groups.add(new Group(urgency.headingKey(phase), urgency == RedFlag.Urgency.CALL_EMERGENCY_SERVICES, flags));
            }
        }
        return groups;
    }
}
