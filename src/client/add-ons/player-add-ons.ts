// The player's add-ons that run up front, with read-along, in the essay page's one listening script
// (src/components/EssayListening.astro): each only wakes its control's code, which loads as its own file on first use.
import '../chapters/on-demand.ts';
import '../sleep-timer/on-demand.ts';
import '../share-time/on-demand.ts';
import '../offline/save-offline.ts';
import '../queue/queue-buttons.ts';
import '../queue/up-next-start.ts';
