import { render } from 'preact';
import { OptionsContainer } from '../../components/options/OptionsContainer';
import './style.css';

render(<OptionsContainer />, document.getElementById('app')!);
