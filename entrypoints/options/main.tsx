import { render } from 'preact';
import { OptionsContainer } from '../../components/OptionsContainer';
import './style.css';

render(<OptionsContainer />, document.getElementById('app')!);
