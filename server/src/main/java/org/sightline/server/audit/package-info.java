/** The hash-chained, append-only audit log, record history and who acted in each transaction. */
package org.sightline.server.audit;
