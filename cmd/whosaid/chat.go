package main

import (
	"context"
	"errors"
)

// cmdChat runs `whosaid chat`.
//
// TODO: not built yet.
func cmdChat(ctx context.Context, env *Env, args []string) error {
	return errors.New("chat: not built yet")
}
