package io.meridian.console.views.admin;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import io.meridian.console.session.Role;

import java.util.Arrays;
import java.util.List;

/** The roles a tenant admin may grant: all but platform admin, which only a platform admin can give. */
final class AssignableRoles {

    static final List<String> NAMES = Arrays.stream(Role.values()).filter(role -> role != Role.PLATFORM_ADMIN).map(Role::name).toList();

    private AssignableRoles() {
    }

    static CheckboxGroup<String> choice(String id, String label) {
        CheckboxGroup<String> roles = new CheckboxGroup<>(label);
        roles.setId(id);
        roles.setItems(NAMES);
        roles.setItemLabelGenerator(name -> roles.getTranslation("core.role." + name));
        return roles;
    }
}
