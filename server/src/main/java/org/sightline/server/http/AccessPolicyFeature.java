package org.sightline.server.http;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import java.lang.reflect.Method;
import java.util.Set;
import java.util.stream.Collectors;
import org.sightline.server.auth.Role;
import org.sightline.server.auth.SightlineUser;
import org.sightline.server.errors.DomainExceptionMapper;
import org.sightline.server.errors.ForbiddenException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Enforces each resource method's {@link AccessRule} on the server, before the method runs. The
 * default is deny: a method whose rule is missing answers 401/403 to everyone and is logged at
 * start. Jersey's own generated methods (automatic OPTIONS) reveal nothing and stay open.
 */
public final class AccessPolicyFeature implements DynamicFeature {
  private static final Logger LOG = LoggerFactory.getLogger(AccessPolicyFeature.class);
  private static final DomainExceptionMapper ERRORS = new DomainExceptionMapper();

  @Override
  public void configure(ResourceInfo resourceInfo, FeatureContext context) {
    Method method = resourceInfo.getResourceMethod();
    if (method == null
        || method.getDeclaringClass().getName().startsWith("org.glassfish.jersey.")) {
      return;
    }
    AccessRule rule = AccessRule.of(method, resourceInfo.getResourceClass());
    if (!rule.declared()) {
      LOG.warn(
          "{}.{} declares no access rule (@PermitAll, @RolesAllowed): denied to everyone",
          resourceInfo.getResourceClass().getSimpleName(),
          method.getName());
    }
    context.register(new RuleFilter(rule), Priorities.AUTHORIZATION);
  }

  @Priority(Priorities.AUTHORIZATION)
  static final class RuleFilter implements ContainerRequestFilter {
    private final AccessRule rule;

    RuleFilter(AccessRule rule) {
      this.rule = rule;
    }

    @Override
    public void filter(ContainerRequestContext request) {
      if (rule.permitAll()) {
        return;
      }
      SightlineUser user = RequestSecurityContext.userOf(request.getSecurityContext());
      if (user == null) {
        request.abortWith(
            BearerTokenFilter.unauthorized(
                "this endpoint needs a logged-in user"
                    + (rule.anyUser() ? "" : " with one of the roles: " + describe(rule.roles()))));
        return;
      }
      if (!rule.admits(user.roles(), true)) {
        request.abortWith(
            ERRORS.toResponse(
                new ForbiddenException(
                    rule.declared()
                        ? "this endpoint needs one of the roles: "
                            + describe(rule.roles())
                            + "; you have: "
                            + describe(user.roles())
                        : "this endpoint declares no access rule, so it is denied to everyone")));
      }
    }

    private static String describe(Set<Role> roles) {
      return roles.isEmpty()
          ? "(none)"
          : roles.stream().sorted().map(Role::code).collect(Collectors.joining(", "));
    }
  }
}
