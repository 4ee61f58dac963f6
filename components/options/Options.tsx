export function Options() {
  return <h1>Candor options</h1>;
}
