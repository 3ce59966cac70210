// vitest runs data-access code outside Next; "server-only" would throw there, so it is aliased to this empty module.
export {};
