// Error type thrown by the fake Excel runtime. `OfficeExtension.Error` of a fake handle is
// this class, so `err instanceof OfficeExtension.Error` works in adapter code.

export const ErrorCode = {
  accessDenied: "AccessDenied",
  apiNotFound: "ApiNotFound",
  badPassword: "BadPassword",
  generalException: "GeneralException",
  inactiveWorkbook: "InactiveWorkbook",
  invalidArgument: "InvalidArgument",
  invalidOperation: "InvalidOperation",
  invalidReference: "InvalidReference",
  invalidSelection: "InvalidSelection",
  itemAlreadyExists: "ItemAlreadyExists",
  itemNotFound: "ItemNotFound",
  mergedRangeConflict: "MergedRangeConflict",
  nonBlankCellOffSheet: "NonBlankCellOffSheet",
  unsupportedOperation: "UnsupportedOperation",
  invalidOperationInCellEditMode: "InvalidOperationInCellEditMode",
  responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded",
  // OfficeExtension (client-side) codes
  propertyNotLoaded: "PropertyNotLoaded",
  valueNotLoaded: "ValueNotLoaded",
  invalidObjectPath: "InvalidObjectPath",
  invalidRequestContext: "InvalidRequestContext",
  runMustReturnPromise: "RunMustReturnPromise",
} as const;

export interface FakeDebugInfo {
  code: string;
  message: string;
  errorLocation?: string;
}

export class FakeOfficeError extends Error {
  readonly code: string;
  readonly debugInfo: FakeDebugInfo;
  readonly traceMessages: string[] = [];
  readonly innerError: FakeOfficeError | null = null;

  constructor(code: string, message: string, errorLocation?: string) {
    super(message);
    Object.setPrototypeOf(this, new.target.prototype);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message, errorLocation };
  }

  /** Copy with the failing command's location filled in (used by the sync loop). */
  withLocation(errorLocation: string): FakeOfficeError {
    if (this.debugInfo.errorLocation) return this;
    return new FakeOfficeError(this.code, this.message, errorLocation);
  }
}

export function fail(code: string, message: string): never {
  throw new FakeOfficeError(code, message);
}

export const Messages = {
  invalidArgument: "The argument is invalid or missing or has an incorrect format.",
  accessDenied: "You cannot perform the requested operation.",
  protectedCell:
    "The cell or chart you're trying to change is on a protected sheet. To make a change, unprotect the sheet. You might be requested to enter a password.",
  propertyNotLoaded: (prop: string) =>
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  valueNotLoaded:
    'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.',
  itemNotFound: "The requested resource doesn't exist.",
  itemAlreadyExists: "The resource already exists.",
  invalidOperation: "The operation is invalid for the object's current state.",
};
