/**
 * Who acts in OpenHall and for which department: the organisation and access values every
 * context checks before it lets an actor handle a case.
 */
package org.openhall.shared.domain.access;
