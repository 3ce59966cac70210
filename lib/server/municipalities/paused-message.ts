/** What residents read when their municipality is paused (B1 Dutch). */
export function municipalityPausedMessage(name: string): string {
  return `De gemeente ${name} doet op dit moment niet mee. U kunt hier daarom nu geen vragen invullen en niets reserveren. Heeft u een vraag over hulpmiddelen? Neem contact op met het Wmo-loket van uw gemeente.`;
}
