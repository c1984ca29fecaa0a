import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import './styles/base.css'
import './styles/app-shell.css'
import { App } from './app'
import { bridge, messageOf } from './bridge'

const root = document.getElementById('root')
if (!root) throw new Error('rewrite-lens: index.html has no #root element.')

try {
  const api = bridge()
  createRoot(root).render(
    <StrictMode>
      <App api={api} />
    </StrictMode>,
  )
} catch (error) {
  root.textContent = messageOf(error)
}
