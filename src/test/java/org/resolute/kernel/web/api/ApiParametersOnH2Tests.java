package org.resolute.kernel.web.api;

import org.resolute.support.OnH2;

@OnH2
class ApiParametersOnH2Tests extends ApiParametersTests {
}
