import { createContext, useContext } from "react";

/**
 * The per-request nonce of the Content-Security-Policy. The server renders it
 * into the inline scripts Remix needs; in the browser it is an empty string
 * (browsers hide nonces from scripts anyway).
 */
export const NonceContext = createContext("");
export const useNonce = () => useContext(NonceContext);
