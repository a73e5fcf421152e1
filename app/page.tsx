export default function Home() {
  return <main><h1>Council Explorer</h1></main>;
}
