export function Popup() {
  return <main><h1>RoleLens</h1></main>;
}
