package org.sightline.server.metrics;

import com.codahale.metrics.MetricRegistry;
import com.codahale.metrics.Timer;
import java.lang.reflect.Method;
import java.util.concurrent.TimeUnit;
import org.glassfish.jersey.server.model.Invocable;
import org.glassfish.jersey.server.model.ResourceMethod;
import org.glassfish.jersey.server.monitoring.ApplicationEvent;
import org.glassfish.jersey.server.monitoring.ApplicationEventListener;
import org.glassfish.jersey.server.monitoring.RequestEvent;
import org.glassfish.jersey.server.monitoring.RequestEventListener;

/**
 * A timer per resource method, without annotations: {@code <resource class>.<method>} (e.g. {@code
 * org.sightline.server.resources.stac.StacApiResource.search}), from the method's start to the
 * response written, whatever its status. In Prometheus: a summary in seconds with quantiles 0.5 to
 * 0.999 and a count. Thread-safe.
 */
public final class ResourceTimers implements ApplicationEventListener {
  private final MetricRegistry metrics;

  public ResourceTimers(MetricRegistry metrics) {
    this.metrics = metrics;
  }

  @Override
  public void onEvent(ApplicationEvent event) {
    // Nothing at the application level.
  }

  @Override
  public RequestEventListener onRequest(RequestEvent requestEvent) {
    return new RequestEventListener() {
      private long startedAt;

      @Override
      public void onEvent(RequestEvent event) {
        if (event.getType() == RequestEvent.Type.RESOURCE_METHOD_START) {
          startedAt = System.nanoTime();
        } else if (event.getType() == RequestEvent.Type.FINISHED && startedAt != 0) {
          ResourceMethod matched = event.getUriInfo().getMatchedResourceMethod();
          if (matched != null) {
            timer(matched.getInvocable())
                .update(System.nanoTime() - startedAt, TimeUnit.NANOSECONDS);
          }
        }
      }
    };
  }

  private Timer timer(Invocable invocable) {
    Method method = invocable.getDefinitionMethod();
    Class<?> resource = invocable.getHandler().getHandlerClass();
    return metrics.timer(MetricRegistry.name(resource, method.getName()));
  }
}
