package org.resolute.kernel.web.api;

import org.resolute.support.OnH2;

@OnH2
class QueryParametersOnH2Tests extends QueryParametersTests {
}
