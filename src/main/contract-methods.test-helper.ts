import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import ts from 'typescript'
import type { ApiMethod } from '../shared/api'

const API_FILE = join(__dirname, '..', 'shared', 'api.ts')

/**
 * The method names of `RewriteLensApi` read from the interface's source, not from `API_METHODS`:
 * tests that check the preload, IPC registration and e2e bridge against these fail when a method is
 * added to the contract and a list built by hand misses it.
 */
export function contractMethodNames(): ReadonlyArray<ApiMethod> {
  const source = ts.createSourceFile(
    API_FILE,
    readFileSync(API_FILE, 'utf8'),
    ts.ScriptTarget.Latest,
  )
  const contract = source.statements.find(
    (statement): statement is ts.InterfaceDeclaration =>
      ts.isInterfaceDeclaration(statement) && statement.name.text === 'RewriteLensApi',
  )
  if (!contract) throw new Error(`${API_FILE} no longer declares interface RewriteLensApi`)
  return contract.members.map((member) => {
    if (!member.name || !ts.isIdentifier(member.name))
      throw new Error(`RewriteLensApi has a member without a plain name: ${member.getText(source)}`)
    // Read from the interface itself, so each name is one of its keys.
    return member.name.text as ApiMethod
  })
}
