/** The classroom's addresses: `?join` (or `?join=CODE`) opens the join screen, `?classroom=instructor` the console. */
import { session } from '../session';
import { resumeConsole } from './instructor';
import { resumeSeat } from './seat';

/** Opens the classroom screen the address asks for and rejoins a class this tab was in; true when it did. */
export function startClassroom(params: URLSearchParams): boolean {
  if (params.has('join')) {
    session.setState({ screen: 'join' });
    void resumeSeat();
    return true;
  }
  if (params.get('classroom') === 'instructor') {
    session.setState({ screen: 'console' });
    void resumeConsole();
    return true;
  }
  return false;
}
