import { render } from 'preact';
import { OptionsContainer } from './OptionsContainer';
import './style.css';

render(<OptionsContainer />, document.getElementById('app')!);
