// Placeholder until the facility panel lands (branch panel).
import { el } from './dom.js';

export class FacilityPanel {
  constructor(container, { state, facilities }) {
    this.container = container;
    const render = ({ selectedFacilityId }) => {
      const facility = facilities().get(selectedFacilityId);
      container.hidden = !facility;
      container.dataset.facilityId = facility ? facility.id : '';
      container.replaceChildren(...(facility ? [el('h2', null, facility.name)] : []));
    };
    state.subscribe(['selectedFacilityId', 'language'], render);
  }
}
