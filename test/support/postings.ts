/**
 * A full-stack posting with front-end and server work of equal weight: LABELING.md's own borderline
 * between backend and other, so the classifier gives a close call (label `other`, runner-up `backend`).
 */
export const FULL_STACK_POSTING = `About the role
You will build features across our web app: React and TypeScript on the front end, Node.js REST APIs
and PostgreSQL on the server. You will work with designers on the user interface and with product
managers on new features, write unit tests and review code.
- 5+ years building web applications
- React, CSS, Node.js, PostgreSQL`;
