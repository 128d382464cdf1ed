package org.sightline.server.http;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.EnumSet;
import java.util.Set;
import org.sightline.server.auth.Authenticated;
import org.sightline.server.auth.Role;

/**
 * Who may call one resource method, read from the standard annotations next to it: on the method,
 * else on its class. {@code @PermitAll}: everyone, anonymous visitors included (they see only
 * published public data). {@code @RolesAllowed}: users holding at least one of the roles. {@link
 * Authenticated}: any logged-in user. {@code @DenyAll} or no annotation at all: nobody (deny by
 * default).
 *
 * @param declared false when neither the method nor its class says anything
 */
public record AccessRule(boolean permitAll, boolean anyUser, Set<Role> roles, boolean declared) {
  public static final AccessRule DENY_UNDECLARED = new AccessRule(false, false, Set.of(), false);

  public AccessRule {
    roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
  }

  public static AccessRule of(Method method, Class<?> resourceClass) {
    AccessRule onMethod = from(method);
    if (onMethod != null) {
      return onMethod;
    }
    AccessRule onClass = resourceClass == null ? null : from(resourceClass);
    if (onClass != null) {
      return onClass;
    }
    AccessRule onDeclaringClass = from(method.getDeclaringClass());
    return onDeclaringClass != null ? onDeclaringClass : DENY_UNDECLARED;
  }

  private static AccessRule from(AnnotatedElement element) {
    if (element.isAnnotationPresent(DenyAll.class)) {
      return new AccessRule(false, false, Set.of(), true);
    }
    if (element.isAnnotationPresent(PermitAll.class)) {
      return new AccessRule(true, false, Set.of(), true);
    }
    if (element.isAnnotationPresent(Authenticated.class)) {
      return new AccessRule(false, true, Set.of(), true);
    }
    RolesAllowed allowed = element.getAnnotation(RolesAllowed.class);
    if (allowed != null) {
      Set<Role> roles = EnumSet.noneOf(Role.class);
      for (String code : allowed.value()) {
        roles.add(Role.fromCode(code));
      }
      return new AccessRule(false, false, roles, true);
    }
    return null;
  }

  /** Whether a caller with {@code held} roles (empty for anonymous) passes. */
  public boolean admits(Set<Role> held, boolean authenticated) {
    if (permitAll) {
      return true;
    }
    return authenticated && (anyUser || held.stream().anyMatch(roles::contains));
  }
}
