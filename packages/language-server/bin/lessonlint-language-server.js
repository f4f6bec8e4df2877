#!/usr/bin/env node
// Usage: lessonlint-language-server --stdio | --node-ipc | --socket=<port>
import '../dist/server.mjs'
