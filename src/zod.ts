import { z } from 'zod';

/**
 * zod, set never to evaluate code. By default zod 4 builds each object schema's parser with
 * `new Function`, after probing whether eval is allowed; extension pages forbid eval (MV3's CSP),
 * so every popup load raised two CSP violations before zod fell back. `jitless` skips the probe
 * and the compiled path (same results; our schemas are small). It is read when a schema is built,
 * so our modules import `z` from here, never from 'zod' itself.
 */
z.config({ jitless: true });

export { z };
