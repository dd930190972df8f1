package digest

import (
	"errors"
	"fmt"
)

// Error codes the user can act on. Everything else is internal.
const (
	EINVALID  = "invalid"   // bad input: the user can fix it
	ENOTFOUND = "not_found" // no such clipping, statement, chat or speaker
	ECONFLICT = "conflict"  // already exists or a newer schema than this binary
	EINTERNAL = "internal"  // anything else
)

// Error is an error with a code from the list above and a message safe to
// show to a user.
type Error struct {
	Code    string
	Message string
}

// Error implements the error interface.
func (e *Error) Error() string { return e.Message }

// Errorf returns an *Error with the given code and formatted message.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// ErrorCode returns the code of the first *Error in err's chain, EINTERNAL
// for any other non-nil error, and "" for nil.
func ErrorCode(err error) string {
	var e *Error
	switch {
	case err == nil:
		return ""
	case errors.As(err, &e):
		return e.Code
	default:
		return EINTERNAL
	}
}

// ErrorMessage returns the message of the first *Error in err's chain, or a
// generic message for internal errors so their detail stays in the logs.
func ErrorMessage(err error) string {
	var e *Error
	switch {
	case err == nil:
		return ""
	case errors.As(err, &e):
		return e.Message
	default:
		return "Internal error."
	}
}
